package redis

import "context"

// Del removes keys (generic_commands.go in v9.7.0).
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd { panic("stub") }
