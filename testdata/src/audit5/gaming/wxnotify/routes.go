package wxnotify

import "github.com/cloudwego/hertz/pkg/app/server"

// Mount registers the routes on the hertz server.
func Mount(s *server.Hertz, h *Handler) {
	s.POST("/pay/wechat/notify", h.PayResult)
	s.POST("/pay/wechat/refund-notify", h.RefundResult)
	s.POST("/fleet/heartbeat", h.Heartbeat)
}
