package probe

import _ "github.com/gorilla/sessions"
