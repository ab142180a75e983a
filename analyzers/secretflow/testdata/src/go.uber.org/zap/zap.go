// Package zap is a stub of go.uber.org/zap v1.27 with the real signatures
// of the functions the tests use.
package zap

type Field struct {
	Key       string
	String    string
	Interface interface{}
}

type Logger struct{}

func NewNop() *Logger                                 { return &Logger{} }
func NewProduction(opts ...Option) (*Logger, error)   { return &Logger{}, nil }
func (log *Logger) Debug(msg string, fields ...Field) {}
func (log *Logger) Info(msg string, fields ...Field)  {}
func (log *Logger) Warn(msg string, fields ...Field)  {}
func (log *Logger) Error(msg string, fields ...Field) {}
func (log *Logger) With(fields ...Field) *Logger      { return log }
func (log *Logger) Sugar() *SugaredLogger             { return &SugaredLogger{} }
func (log *Logger) Sync() error                       { return nil }

type Option interface{}

func String(key string, val string) Field     { return Field{Key: key, String: val} }
func ByteString(key string, val []byte) Field { return Field{Key: key} }
func Int(key string, val int) Field           { return Field{Key: key} }
func Any(key string, value interface{}) Field { return Field{Key: key, Interface: value} }
func Error(err error) Field                   { return Field{Key: "error"} }

type SugaredLogger struct{}

func (s *SugaredLogger) Info(args ...interface{})                        {}
func (s *SugaredLogger) Infof(template string, args ...interface{})      {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})  {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}
func (s *SugaredLogger) Debugf(template string, args ...interface{})     {}
