// Package acme is an in-house SDK described by the configuration.
package acme

import "net/http"

func Charge(amount int64, key string) error { return nil }

type Client struct{}

func (c *Client) Lookup(id string) (string, error) { return "", nil }

func Grant(user string) {}

type Store struct{}

func (s *Store) Save(status string) {}

func WithKey(req *http.Request, key string) {}
