// Package core is a stub of github.com/wechatpay-apiv3/wechatpay-go/core
// (shape of v0.2.21).
package core

import "net/http"

type Client struct{}

type APIResult struct {
	Request  *http.Request
	Response *http.Response
}

func String(s string) *string { return &s }

func Int64(i int64) *int64 { return &i }

func Bool(b bool) *bool { return &b }
