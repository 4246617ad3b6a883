//===- DeclAnnotations.h - The annotate attributes of a declaration -------===//
#pragma once

#include "model/Annotation.h"
#include "keys/AnnotationText.h"
#include "model/Representation.h"

#include <clang/AST/Decl.h>

namespace apigw {

/// Every `annotate` string on `D` and its redeclarations, split into keys, in
/// source order; inherited copies of an attribute are counted once.
Annotations readAnnotations(const clang::Decl &D);

/// What this unit saw of `D`: each redeclaration that carries annotations
/// (its own or its parameters') or is the definition, with those annotations.
Provenance provenanceOf(const clang::Decl &D);

/// Adds `Loc` to `From.Declarations`, keeping them sorted.
void addDeclaration(Provenance &From, Location Loc);

/// Whether any of `List` is one of this tool's keys: a declaration with none
/// belongs to some other tool that also uses `annotate`.
bool hasKnownKey(const Annotations &List);

/// Reports each key unknown to this tool (with a "did you mean") and each key
/// that does not belong on a declaration of `Kind`; flags given a value and
/// keys missing theirs, too. Returns the annotations that passed, plus, for
/// an unknown key with a suggestion of the right shape, the annotation the
/// suggestion means (so that the mistake is not reported again as a missing
/// key).
Annotations checkKeys(const Annotations &List, DeclKind Kind, Diagnostics &Diags);

} // namespace apigw
