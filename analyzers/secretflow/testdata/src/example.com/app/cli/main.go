// Command cli logs in to the service from a terminal.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"example.com/app/tokens"
)

type credentials struct {
	Username string
	Password string
}

func main() {
	user := flag.String("user", "", "user name")
	apiKey := flag.String("api-key", "", "API key (or $APP_API_KEY)")
	flag.Parse()
	key := *apiKey
	if key == "" {
		key = os.Getenv("APP_API_KEY")
	}
	fmt.Println("user:", *user)
	fmt.Fprintf(os.Stderr, "using API key %s\n", key)              // want `\[AC901\] API key from apiKey \(main.go:\d+\)`
	fmt.Fprintf(os.Stderr, "using API key %s…\n", key[:4])         // a prefix
	fmt.Fprintf(os.Stderr, "using API key %s\n", tokens.Mask(key)) // masked
	tok, err := tokens.NewToken()
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("session token:", tok) // want `\[AC901\] token from tokens.NewToken \(tokens.go:\d+\) logged here by fmt.Println`
	fmt.Printf("token is %d bytes\n", len(tok))
	fmt.Println(tokens.Hash(tok))
	creds := credentials{Username: *user, Password: os.Getenv("APP_PASSWORD")}
	fmt.Printf("logging in as %s\n", creds.Username)
	fmt.Printf("%+v\n", creds) // want `\[AC903\] creds \(credentials\) holds the password field Password`
	dir, _ := os.UserConfigDir()
	os.WriteFile(filepath.Join(dir, "app", "password"), []byte(creds.Password), 0o600) // want `\[AC906\] password from creds.Password`
	os.WriteFile(filepath.Join(dir, "app", "user"), []byte(creds.Username), 0o600)
	f, _ := os.Create(filepath.Join(dir, "app", "key"))
	defer f.Close()
	f.WriteString(key) // want `\[AC907\] API key from apiKey \(main.go:\d+\)`
	io.WriteString(f, tokens.Hash(key))
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, tok)
	})
}
