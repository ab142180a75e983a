// Package logrus is a stub of github.com/sirupsen/logrus v1.9 with the
// real signatures of the functions the tests use.
package logrus

type Fields map[string]interface{}

type Entry struct{}

func WithField(key string, value interface{}) *Entry                { return &Entry{} }
func WithFields(fields Fields) *Entry                               { return &Entry{} }
func Info(args ...interface{})                                      {}
func Infof(format string, args ...interface{})                      {}
func Warnf(format string, args ...interface{})                      {}
func Errorf(format string, args ...interface{})                     {}
func (entry *Entry) Info(args ...interface{})                       {}
func (entry *Entry) Warn(args ...interface{})                       {}
func (entry *Entry) Infof(format string, args ...interface{})       {}
func (entry *Entry) WithField(key string, value interface{}) *Entry { return entry }
