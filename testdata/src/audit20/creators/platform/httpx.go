package platform

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"
)

// StatusError is a non-2xx answer of an upstream API.
type StatusError struct {
	Op   string
	Code int
	Body string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: upstream answered %d: %s", e.Op, e.Code, e.Body)
}

// Transient reports whether an upstream status is worth another try.
func Transient(code int) bool {
	return code == http.StatusTooManyRequests || code == http.StatusRequestTimeout || code >= 500
}

// ReadError turns a failed response into a StatusError, draining it.
func ReadError(op string, resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
	return &StatusError{Op: op, Code: resp.StatusCode, Body: string(b)}
}

// HTTPClient is the client every outbound integration starts from.
func HTTPClient() *http.Client {
	return &http.Client{Timeout: 20 * time.Second}
}

// Logger is the process logger.
func Logger(service string) *slog.Logger {
	return slog.New(slog.NewJSONHandler(os.Stdout, nil)).With("service", service)
}
