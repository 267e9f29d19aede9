// Package config is a stub of github.com/mercadopago/sdk-go/pkg/config
// (signatures as in v1.8.0; bodies are stubs).
package config

import "github.com/mercadopago/sdk-go/pkg/requester"

type Config struct {
	Requester requester.Requester

	AccessToken string
}

type Option func(*Config) error

func New(accessToken string, opts ...Option) (*Config, error) { panic("stub") }
