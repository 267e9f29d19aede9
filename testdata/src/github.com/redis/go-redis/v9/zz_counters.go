package redis

import "context"

// Counters and answers' values (v9.7.0: string_commands.go,
// hash_commands.go, command.go).

// FloatCmd is a command answering a float.
type FloatCmd struct{ val float64 }

func (cmd *FloatCmd) Err() error               { return nil }
func (cmd *FloatCmd) Result() (float64, error) { return cmd.val, nil }
func (cmd *FloatCmd) Val() float64             { return cmd.val }
func (cmd *IntCmd) Val() int64                 { return cmd.val }
func (cmd *BoolCmd) Val() bool                 { return cmd.val }

func (c cmdable) Incr(ctx context.Context, key string) *IntCmd { panic("stub") }
func (c cmdable) IncrBy(ctx context.Context, key string, value int64) *IntCmd {
	panic("stub")
}
func (c cmdable) IncrByFloat(ctx context.Context, key string, value float64) *FloatCmd {
	panic("stub")
}
func (c cmdable) HIncrBy(ctx context.Context, key, field string, incr int64) *IntCmd {
	panic("stub")
}
func (c cmdable) HIncrByFloat(ctx context.Context, key, field string, incr float64) *FloatCmd {
	panic("stub")
}
