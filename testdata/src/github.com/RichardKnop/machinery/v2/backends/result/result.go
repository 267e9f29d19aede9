// Package result is a stub of
// github.com/RichardKnop/machinery/v2/backends/result (v2.0.13).
package result

// AsyncResult represents a task result.
type AsyncResult struct{}
