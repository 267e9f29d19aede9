// Package tasks is a stub of github.com/RichardKnop/machinery/v2/tasks
// (v2.0.13): only what paylint's tests use.
package tasks

import (
	"fmt"
	"time"
)

// Arg represents a single argument passed to invocation of a task.
type Arg struct {
	Name  string
	Type  string
	Value interface{}
}

// Signature represents a single task invocation.
type Signature struct {
	UUID         string
	Name         string
	RoutingKey   string
	ETA          *time.Time
	Args         []Arg
	Immutable    bool
	RetryCount   int
	RetryTimeout int
	OnSuccess    []*Signature
	OnError      []*Signature
}

// ErrRetryTaskLater asks for the task to be retried later.
type ErrRetryTaskLater struct {
	name, msg string
	retryIn   time.Duration
}

// RetryIn returns time.Duration from now when task should be retried.
func (e ErrRetryTaskLater) RetryIn() time.Duration { return e.retryIn }

// Error implements the error interface.
func (e ErrRetryTaskLater) Error() string {
	return fmt.Sprintf("Task error: %s Will retry in: %s", e.msg, e.retryIn)
}

// NewErrRetryTaskLater returns new ErrRetryTaskLater instance.
func NewErrRetryTaskLater(msg string, retryIn time.Duration) ErrRetryTaskLater {
	return ErrRetryTaskLater{msg: msg, retryIn: retryIn}
}
