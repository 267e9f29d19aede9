// Package asynq is a stub of github.com/hibiken/asynq (v0.25.1): only
// what paylint's tests use, with the real paths, types and signatures.
package asynq

import (
	"context"
	"errors"
)

// Task is a unit of work.
type Task struct {
	typename string
	payload  []byte
}

// NewTask returns a new Task.
func NewTask(typename string, payload []byte, opts ...Option) *Task { panic("stub") }

// Type returns the task's type name.
func (t *Task) Type() string { return t.typename }

// Payload returns the task's payload.
func (t *Task) Payload() []byte { return t.payload }

// TaskInfo describes a task.
type TaskInfo struct {
	ID    string
	Queue string
}

// OptionType is the type of an Option.
type OptionType int

// Option specifies the task processing behavior.
type Option interface {
	String() string
	Type() OptionType
	Value() interface{}
}

// MaxRetry returns an option to specify the max number of times the task
// will be retried.
func MaxRetry(n int) Option { panic("stub") }

// Queue returns an option to specify the queue to enqueue the task into.
func Queue(name string) Option { panic("stub") }

// RedisConnOpt is a discriminated union of redis connection options.
type RedisConnOpt interface {
	MakeRedisClient() interface{}
}

// RedisClientOpt connects to a redis server directly.
type RedisClientOpt struct {
	Network string
	Addr    string
}

// MakeRedisClient returns a redis client instance.
func (opt RedisClientOpt) MakeRedisClient() interface{} { panic("stub") }

// Client enqueues tasks.
type Client struct{}

// NewClient returns a new Client.
func NewClient(r RedisConnOpt) *Client { panic("stub") }

// Enqueue enqueues the given task to a queue.
func (c *Client) Enqueue(task *Task, opts ...Option) (*TaskInfo, error) { panic("stub") }

// EnqueueContext enqueues the given task to a queue.
func (c *Client) EnqueueContext(ctx context.Context, task *Task, opts ...Option) (*TaskInfo, error) {
	panic("stub")
}

// Handler processes tasks.
type Handler interface {
	ProcessTask(context.Context, *Task) error
}

// HandlerFunc is an adapter to use ordinary functions as a Handler.
type HandlerFunc func(context.Context, *Task) error

// ProcessTask calls fn(ctx, task).
func (fn HandlerFunc) ProcessTask(ctx context.Context, task *Task) error { return fn(ctx, task) }

// ServeMux is a multiplexer of task handlers.
type ServeMux struct{}

// NewServeMux allocates and returns a new ServeMux.
func NewServeMux() *ServeMux { panic("stub") }

// ProcessTask dispatches the task to the handler whose pattern matches.
func (mux *ServeMux) ProcessTask(ctx context.Context, task *Task) error { panic("stub") }

// Handle registers the handler for the given pattern.
func (mux *ServeMux) Handle(pattern string, handler Handler) { panic("stub") }

// HandleFunc registers the handler function for the given pattern.
func (mux *ServeMux) HandleFunc(pattern string, handler func(context.Context, *Task) error) {
	panic("stub")
}

// Config specifies the server's background-task processing behavior.
type Config struct {
	Concurrency int
	Queues      map[string]int
}

// Server processes tasks.
type Server struct{}

// NewServer returns a new Server.
func NewServer(r RedisConnOpt, cfg Config) *Server { panic("stub") }

// Run starts the task processing and blocks until a signal arrives.
func (srv *Server) Run(handler Handler) error { panic("stub") }

// Start starts the worker server.
func (srv *Server) Start(handler Handler) error { panic("stub") }

// SkipRetry is used as a return value from Handler.ProcessTask to indicate
// that the task should not be retried.
var SkipRetry = errors.New("skip retry for the task")

// RevokeTask is used as a return value from Handler.ProcessTask to
// indicate that the task should not be retried or archived.
var RevokeTask = errors.New("revoke task")
