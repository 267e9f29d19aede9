package alipayhertz

import (
	"github.com/cloudwego/hertz/pkg/app/server"
)

func Run(p *PayNotify) {
	h := server.Default()
	h.POST("/pay/alipay/notify", p.Alipay)
	h.POST("/pay/wechat/notify", p.Wechat)
}
