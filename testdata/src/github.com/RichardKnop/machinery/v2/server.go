// Package machinery is a stub of github.com/RichardKnop/machinery/v2
// (v2.0.13): only what paylint's tests use, with the real paths, types
// and signatures (NewServer, which takes broker, backend and lock
// interfaces, is left out).
package machinery

import (
	"context"

	"github.com/RichardKnop/machinery/v2/backends/result"
	"github.com/RichardKnop/machinery/v2/tasks"
)

// Server is the main Machinery object.
type Server struct{}

// RegisterTasks registers all tasks at once.
func (server *Server) RegisterTasks(namedTaskFuncs map[string]interface{}) error { panic("stub") }

// RegisterTask registers a single task.
func (server *Server) RegisterTask(name string, taskFunc interface{}) error { panic("stub") }

// SendTaskWithContext publishes a task to the default queue.
func (server *Server) SendTaskWithContext(ctx context.Context, signature *tasks.Signature) (*result.AsyncResult, error) {
	panic("stub")
}

// SendTask publishes a task to the default queue.
func (server *Server) SendTask(signature *tasks.Signature) (*result.AsyncResult, error) {
	panic("stub")
}
