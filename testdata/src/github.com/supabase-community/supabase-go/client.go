// Package supabase is a stub of github.com/supabase-community/supabase-go
// (v0.0.4): a Supabase client whose From and Rpc go to the project's
// Postgres through postgrest-go.
package supabase

import (
	"errors"

	postgrest "github.com/supabase-community/postgrest-go"
)

type Client struct {
	rest *postgrest.Client
}

type ClientOptions struct {
	Headers map[string]string
	Schema  string
}

// NewClient creates a new Supabase client.
func NewClient(url, key string, options *ClientOptions) (*Client, error) {
	if url == "" || key == "" {
		return nil, errors.New("url and key are required")
	}
	return &Client{rest: postgrest.NewClient(url+"/rest/v1", "public", map[string]string{"apikey": key})}, nil
}

// From returns a QueryBuilder for the specified table.
func (c *Client) From(table string) *postgrest.QueryBuilder {
	return c.rest.From(table)
}

// Rpc returns a string for the specified function.
func (c *Client) Rpc(name, count string, rpcBody interface{}) string {
	return c.rest.Rpc(name, count, rpcBody)
}
