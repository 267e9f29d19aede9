// Package redis is a stub of github.com/redis/go-redis/v9 (v9.7.0): the
// string and hash commands with their real names and signatures (methods
// of the unexported cmdable, promoted to Client), trivial bodies.
package redis

import (
	"context"
	"time"
)

// Options configures a Client.
type Options struct {
	Addr     string
	Password string
	DB       int
}

// Cmder is any command.
type Cmder interface {
	Name() string
	Err() error
}

type cmdable func(ctx context.Context, cmd Cmder) error

// Client is a Redis client.
type Client struct {
	cmdable
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client { return &Client{} }

// Cmdable is the command interface (the real one embeds one interface
// per command group; the method set is the same for these commands).
type Cmdable interface {
	Get(ctx context.Context, key string) *StringCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	HGet(ctx context.Context, key, field string) *StringCmd
	HSet(ctx context.Context, key string, values ...interface{}) *IntCmd
	HMSet(ctx context.Context, key string, values ...interface{}) *BoolCmd
	HSetNX(ctx context.Context, key, field string, value interface{}) *BoolCmd
}

// StatusCmd is a command answering a status.
type StatusCmd struct{ val string }

// IntCmd is a command answering an integer.
type IntCmd struct{ val int64 }

// BoolCmd is a command answering a bool.
type BoolCmd struct{ val bool }

// StringCmd is a command answering a string.
type StringCmd struct{ val string }

func (cmd *StatusCmd) Err() error              { return nil }
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, nil }
func (cmd *IntCmd) Err() error                 { return nil }
func (cmd *IntCmd) Result() (int64, error)     { return cmd.val, nil }
func (cmd *BoolCmd) Err() error                { return nil }
func (cmd *BoolCmd) Result() (bool, error)     { return cmd.val, nil }
func (cmd *StringCmd) Err() error              { return nil }
func (cmd *StringCmd) Result() (string, error) { return cmd.val, nil }

func (c cmdable) Get(ctx context.Context, key string) *StringCmd { panic("stub") }
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	panic("stub")
}
func (c cmdable) SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	panic("stub")
}
func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	panic("stub")
}
func (c cmdable) HGet(ctx context.Context, key, field string) *StringCmd { panic("stub") }
func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd {
	panic("stub")
}
func (c cmdable) HMSet(ctx context.Context, key string, values ...interface{}) *BoolCmd {
	panic("stub")
}
func (c cmdable) HSetNX(ctx context.Context, key, field string, value interface{}) *BoolCmd {
	panic("stub")
}
