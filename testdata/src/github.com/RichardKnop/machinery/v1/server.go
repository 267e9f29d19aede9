// Package machinery is a stub of github.com/RichardKnop/machinery/v1
// (module v1.10.8): only what paylint's tests use, with the real paths,
// types and signatures.
package machinery

import (
	"context"

	"github.com/RichardKnop/machinery/v1/backends/result"
	"github.com/RichardKnop/machinery/v1/config"
	"github.com/RichardKnop/machinery/v1/tasks"
)

// Server is the main Machinery object.
type Server struct{}

// NewServer creates a Server instance.
func NewServer(cnf *config.Config) (*Server, error) { panic("stub") }

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

// Worker represents a single worker process.
type Worker struct{}

// NewWorker creates a Worker instance.
func (server *Server) NewWorker(consumerTag string, concurrency int) *Worker { panic("stub") }

// Launch starts a new worker process.
func (worker *Worker) Launch() error { panic("stub") }
