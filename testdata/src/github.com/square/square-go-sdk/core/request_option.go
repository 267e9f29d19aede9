// Package core is a stub of github.com/square/square-go-sdk/core.
package core

type RequestOption interface {
	applyRequestOptions(*RequestOptions)
}

type RequestOptions struct {
	Token       string
	MaxAttempts uint
}

type TokenOption struct {
	Token string
}

func (t *TokenOption) applyRequestOptions(opts *RequestOptions) {}

type MaxAttemptsOption struct {
	MaxAttempts uint
}

func (m *MaxAttemptsOption) applyRequestOptions(opts *RequestOptions) {}
