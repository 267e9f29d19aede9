// Package auth is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/core/auth (shape of v0.2.21).
package auth

import "context"

type Verifier interface {
	Verify(ctx context.Context, serial, message, signature string) error
	GetSerial(ctx context.Context) (serial string, err error)
}
