// Package zerolog is a stub of github.com/rs/zerolog v1.33 with the real
// signatures of the functions the tests use.
package zerolog

import "io"

type Logger struct{ w io.Writer }

type Event struct{}

func New(w io.Writer) Logger                                { return Logger{w} }
func (l *Logger) Info() *Event                              { return &Event{} }
func (l *Logger) Debug() *Event                             { return &Event{} }
func (l *Logger) Error() *Event                             { return &Event{} }
func (e *Event) Str(key, val string) *Event                 { return e }
func (e *Event) Int(key string, i int) *Event               { return e }
func (e *Event) Err(err error) *Event                       { return e }
func (e *Event) Interface(key string, i interface{}) *Event { return e }
func (e *Event) Msg(msg string)                             {}
func (e *Event) Msgf(format string, v ...interface{})       {}
func (e *Event) Send()                                      {}
