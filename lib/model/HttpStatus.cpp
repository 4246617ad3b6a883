//===- HttpStatus.cpp -----------------------------------------------------===//
#include "model/HttpStatus.h"

#include <map>

namespace apigw {

std::string reasonPhrase(int Status) {
  static const std::map<int, std::string> Phrases = {
      {200, "OK"},          {201, "Created"},           {202, "Accepted"},
      {203, "Non-Authoritative Information"},           {204, "No Content"},
      {206, "Partial Content"},                         {301, "Moved Permanently"},
      {302, "Found"},       {303, "See Other"},         {304, "Not Modified"},
      {307, "Temporary Redirect"},                      {308, "Permanent Redirect"},
      {400, "Bad Request"}, {401, "Unauthorized"},      {403, "Forbidden"},
      {404, "Not Found"},   {405, "Method Not Allowed"}, {406, "Not Acceptable"},
      {409, "Conflict"},    {410, "Gone"},              {412, "Precondition Failed"},
      {413, "Payload Too Large"},                       {415, "Unsupported Media Type"},
      {422, "Unprocessable Entity"},                    {429, "Too Many Requests"},
      {500, "Internal Server Error"},                   {501, "Not Implemented"},
      {502, "Bad Gateway"}, {503, "Service Unavailable"}, {504, "Gateway Timeout"},
  };
  if (auto It = Phrases.find(Status); It != Phrases.end())
    return It->second;
  static const char *Classes[] = {"Informational", "Success", "Redirection", "Client error",
                                  "Server error"};
  return Status >= 100 && Status < 600 ? Classes[Status / 100 - 1] : "Response";
}

} // namespace apigw
