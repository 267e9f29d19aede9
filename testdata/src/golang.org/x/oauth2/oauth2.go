// Package oauth2 is a stub of golang.org/x/oauth2 (signatures of v0.30.0).
package oauth2

import (
	"context"
	"net/url"
	"time"
)

type AuthStyle int

type Endpoint struct {
	AuthURL       string
	DeviceAuthURL string
	TokenURL      string
	AuthStyle     AuthStyle
}

type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

type AuthCodeOption interface{ setValue(url.Values) }

type Token struct {
	AccessToken  string    `json:"access_token"`
	TokenType    string    `json:"token_type,omitempty"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	Expiry       time.Time `json:"expiry,omitempty"`
	ExpiresIn    int64     `json:"expires_in,omitempty"`
}

func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { panic("stub") }

func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	panic("stub")
}

func (t *Token) Extra(key string) any { panic("stub") }
