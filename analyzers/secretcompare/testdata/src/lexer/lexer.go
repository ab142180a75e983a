// Package lexer scans source code. Every "token" here is syntax.
package lexer

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"
	tscanner "text/scanner"
	"unicode"
)

// RepeatedKeywords counts keywords that repeat the previous token, using
// go/scanner.
func RepeatedKeywords(src []byte) int {
	fset := token.NewFileSet()
	file := fset.AddFile("input.go", -1, len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, 0)
	n := 0
	var lastToken string
	for {
		_, tok, tokenText := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok.IsKeyword() && tokenText == lastToken {
			n++
		}
		lastToken = tokenText
	}
	return n
}

// Idents lists identifiers that repeat, using text/scanner.
func Idents(src string) []string {
	var s tscanner.Scanner
	s.Init(strings.NewReader(src))
	var repeated []string
	var prevToken string
	for tok := s.Scan(); tok != tscanner.EOF; tok = s.Scan() {
		if tok == tscanner.Ident && s.TokenText() == prevToken {
			repeated = append(repeated, prevToken)
		}
		prevToken = s.TokenText()
	}
	return repeated
}

// FindLiteral reports string literals equal to a leaked token, for a
// secret scanner: the literal comes from go/ast.
func FindLiteral(f *ast.File, leakedToken string) []token.Pos {
	quoted := strconv.Quote(leakedToken)
	var found []token.Pos
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && lit.Value == quoted {
			found = append(found, lit.Pos())
		}
		return true
	})
	return found
}

// Kind is a hand-written lexer's token kind.
type Kind int

// Token is a hand-written lexer's token.
type Token struct {
	Kind Kind
	Text string
}

// Lexer is a hand-written lexer for a small query language.
type Lexer struct {
	src       string
	pos       int
	token     Token
	tokenText string
}

// Next advances to the next word.
func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && unicode.IsSpace(rune(l.src[l.pos])) {
		l.pos++
	}
	start := l.pos
	for l.pos < len(l.src) && !unicode.IsSpace(rune(l.src[l.pos])) {
		l.pos++
	}
	l.tokenText = l.src[start:l.pos]
	l.token = Token{Text: l.tokenText}
	return l.token
}

// Expect checks the current token's text.
func (l *Lexer) Expect(tokenText string) bool {
	return l.tokenText == tokenText
}

// Accept checks the current token through a field of the lexer.
func Accept(l *Lexer, want string) bool {
	return l.tokenText == want
}

// lexKeyword matches a keyword in a function named for lexing.
func lexKeyword(tokenText string, keywords []string) bool {
	for _, kw := range keywords {
		if tokenText == kw {
			return true
		}
	}
	return false
}

// consumeToken splits an RFC 9110 token off the front of v.
func consumeToken(v string) (token, rest string) {
	i := strings.IndexFunc(v, unicode.IsSpace)
	if i < 0 {
		return v, ""
	}
	return v[:i], v[i:]
}

// SameParam compares header-grammar tokens returned by a lexing helper.
func SameParam(v, w string) bool {
	tokenA, _ := consumeToken(v)
	return tokenA == strings.TrimSpace(w)
}
