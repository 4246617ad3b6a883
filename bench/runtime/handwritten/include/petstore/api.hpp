// The API-wide settings.
//
// Written with raw [[clang::annotate]] attributes, to show the form the tool
// reads: the macros of <apigw/annotations.hpp> expand to exactly these under
// Clang. Raw attributes make GCC warn ("attribute directive ignored"), hence
// the #if; with the macros no #if is needed.
#pragma once

namespace petstore {

#if defined(__clang__)
/// The pet store's public API: pets, orders and customers.
inline constexpr int api [[clang::annotate("api"),
                           clang::annotate("title=Pet Store"),
                           clang::annotate("version=1.0.0"),
                           clang::annotate("description=Pets, orders and customers of the "
                                           "pet store, served by Lambda and Step Functions.")]] = 0;
#else
inline constexpr int api = 0;
#endif

} // namespace petstore
