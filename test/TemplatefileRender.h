//===- TemplatefileRender.h - Terraform's templatefile(), for the tests ---===//
//
// Written from Terraform's rules, independently of lib/emit/TemplateText: in
// a template `$${` and `%%{` are literal `${` and `%{`; `${name}` is replaced
// by the variable `name`, which must be passed; any other `${...}` (an
// expression) or `%{...}` (a directive) is what the document must never
// contain, so the renderer reports it instead of evaluating it.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace apigw::test {

struct Rendered {
  std::string Text;
  std::vector<std::string> Problems; ///< Empty: templatefile would succeed.
};

inline Rendered
renderLikeTemplatefile(std::string_view Template,
                       const std::map<std::string, std::string> &Vars) {
  Rendered Out;
  for (size_t I = 0; I < Template.size();) {
    std::string_view Rest = Template.substr(I);
    if (Rest.substr(0, 3) == "$${" || Rest.substr(0, 3) == "%%{") {
      Out.Text += Rest.substr(1, 2);
      I += 3;
    } else if (Rest.substr(0, 2) == "${") {
      size_t Close = Rest.find('}');
      std::string Name(Rest.substr(2, Close == std::string_view::npos
                                          ? std::string_view::npos
                                          : Close - 2));
      auto Var = Vars.find(Name);
      if (Close == std::string_view::npos || Var == Vars.end()) {
        Out.Problems.push_back("unresolved ${" + Name + "}");
        Out.Text += "${";
        I += 2;
        continue;
      }
      Out.Text += Var->second;
      I += Close + 1;
    } else if (Rest.substr(0, 2) == "%{") {
      Out.Problems.push_back("a template directive: " +
                             std::string(Rest.substr(0, 20)));
      Out.Text += "%{";
      I += 2;
    } else {
      Out.Text += Template[I++];
    }
  }
  return Out;
}

} // namespace apigw::test
