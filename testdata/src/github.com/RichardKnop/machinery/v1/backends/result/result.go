// Package result is a stub of
// github.com/RichardKnop/machinery/v1/backends/result (v1.10.8).
package result

// AsyncResult represents a task result.
type AsyncResult struct{}
