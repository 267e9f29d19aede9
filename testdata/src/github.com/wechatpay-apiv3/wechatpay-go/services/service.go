// Package services is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/services (shape of v0.2.21).
package services

import "github.com/wechatpay-apiv3/wechatpay-go/core"

type Service struct {
	Client *core.Client
}
