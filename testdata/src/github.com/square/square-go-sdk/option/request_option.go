// Package option is a stub of github.com/square/square-go-sdk/option.
package option

import "github.com/square/square-go-sdk/core"

type RequestOption = core.RequestOption

func WithMaxAttempts(attempts uint) *core.MaxAttemptsOption { panic("stub") }

func WithToken(token string) *core.TokenOption { panic("stub") }
