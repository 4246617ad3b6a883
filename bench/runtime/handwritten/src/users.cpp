#include <petstore/handlers/users.hpp>
#include <petstore/http.hpp>
#include <petstore/store.hpp>

namespace petstore {

User create_user(const NewUser &user) {
  Store &store = Store::instance();
  if (store.users.count(user.username))
    throw HttpError(409, "the username " + user.username + " is taken");
  if (user.email.find('@') == std::string::npos)
    throw HttpError(400, "bad email address");

  User created;
  created.username = user.username;
  created.email = user.email;
  created.phone = user.phone;
  created.roles = {"customer"};
  created.preferences = user.preferences.value_or(Preferences{});
  created.created_at = unix_now();
  store.users[created.username] = created;
  return created;
}

User get_user(const std::string &username) { return Store::instance().user(username); }

User update_user(const std::string &username, const UserPatch &patch) {
  User &user = Store::instance().user(username);
  if (patch.email)
    user.email = *patch.email;
  if (patch.phone)
    user.phone = patch.phone;
  if (patch.preferences)
    user.preferences = *patch.preferences;
  return user;
}

std::string legacy_users(const std::string &proxy) {
  // The old service spoke XML; this stand-in answers the one call still in use.
  const std::string prefix = "profile/";
  if (proxy.rfind(prefix, 0) != 0)
    throw HttpError(404, "the legacy API has no /" + proxy);
  const User &user = Store::instance().user(proxy.substr(prefix.size()));
  return "<user><name>" + user.username + "</name><email>" + user.email + "</email></user>";
}

} // namespace petstore
