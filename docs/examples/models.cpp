// Around an example that uses the models of models.hpp without showing them.
#include "models.hpp"
{example}
