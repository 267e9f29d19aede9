package stripegin

import "github.com/gin-gonic/gin"

func Register(r *gin.Engine, s *StripeWebhook) {
	g := r.Group("/stripe")
	g.POST("/webhook/checkout", s.Enqueue)
	g.POST("/webhook/checkout-express", s.ShipNow)
	g.POST("/webhook/checkout-legacy", s.ShipAsync)
	g.POST("/webhook/dispute", s.Disputed)
	g.POST("/webhook/failed", s.Failed)
}
