// Package apierr words an upstream API's failed answers.
package apierr

import (
	"fmt"
	"io"
	"net/http"
)

// StatusError is a non-2xx answer.
type StatusError struct {
	Op   string
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("%s: %d %s", e.Op, e.Code, e.Body) }

// ReadError drains a failed answer into a StatusError.
func ReadError(op string, resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return &StatusError{Op: op, Code: resp.StatusCode, Body: string(b)}
}

// ReadCursor reads the next page's cursor off an answer.
func ReadCursor(resp *http.Response) (string, error) {
	return resp.Header.Get("X-Next-Cursor"), nil
}
