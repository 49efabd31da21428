package service

import (
	"errors"
	"fmt"
)

// ParamError is a request parameter the engine cannot take: a page size
// out of range, a date that is no date, an unknown facet. Its message
// names parameters through a namer, so that each front end names them as
// its user writes them: the command line as flags (--size), the web as URL
// parameters (size). Error names them plainly.
type ParamError struct {
	// Param is the parameter at fault: size, page, from, to, sort,
	// facet-size, facet-fields, kwic-context, by, facet, top, compare.
	Param string
	msg   func(name func(param string) string) string
}

func (e *ParamError) Error() string { return e.Message(func(p string) string { return p }) }

// Message is the error's text with each parameter named by name.
func (e *ParamError) Message(name func(param string) string) string { return e.msg(name) }

// invalid returns a ParamError about param whose message is format with
// args; each argument of type Param is named through the front end's
// namer.
func invalid(param string, format string, args ...any) error {
	return &ParamError{Param: param, msg: func(name func(string) string) string {
		a := make([]any, len(args))
		for i, v := range args {
			if p, ok := v.(Param); ok {
				a[i] = name(string(p))
			} else {
				a[i] = v
			}
		}
		return fmt.Sprintf(format, a...)
	}}
}

// Param is a parameter's name in a message (see invalid).
type Param string

// IsParam reports whether err is a ParamError.
func IsParam(err error) bool {
	var pe *ParamError
	return errors.As(err, &pe)
}
