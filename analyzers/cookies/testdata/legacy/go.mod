module example.com/legacyapp

go 1.24

require github.com/gorilla/sessions v1.2.2

require github.com/gorilla/securecookie v1.1.2 // indirect
