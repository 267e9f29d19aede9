// Package liteclient is a stub of
// github.com/xssnick/tonutils-go/liteclient (v1.12.0): only what
// paylint's tests use.
package liteclient

import "context"

// ConnectionPool is a pool of liteserver connections.
type ConnectionPool struct{}

func NewConnectionPool() *ConnectionPool { panic("stub") }

func (c *ConnectionPool) AddConnectionsFromConfigUrl(ctx context.Context, configUrl string) error {
	panic("stub")
}
func (c *ConnectionPool) StickyContext(ctx context.Context) context.Context { panic("stub") }
