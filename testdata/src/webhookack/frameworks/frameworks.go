// Package frameworks: gin and echo answer when the handler returns.
package frameworks

import (
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

type Server struct {
	client *http.Client
	queue  chan string
}

func (s *Server) Register(g *gin.Engine, e *echo.Echo) {
	g.POST("/stripe/webhook", s.ginStatusFirst)
	g.POST("/stripe/webhook-async", s.ginAsync)
	e.POST("/billing/webhook", s.echoSlow)
	e.POST("/billing/webhook-queued", s.echoQueued)
}

// ginStatusFirst: gin sends the status only when the handler returns.
func (s *Server) ginStatusFirst(c *gin.Context) {
	body, _ := c.GetRawData()
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Status(http.StatusOK)
	s.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID)) // want `webhook handler sets its answer but calls an external API \(http.Client.Post\) before returning; gin sends the answer only when the handler returns`
}

func (s *Server) ginAsync(c *gin.Context) {
	body, _ := c.GetRawData()
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	go s.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID))
	c.Status(http.StatusOK)
}

func (s *Server) echoSlow(c echo.Context) error {
	id := c.FormValue("order_id")
	if _, err := s.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(id)); err != nil { // want `webhook handler calls an external API \(http.Client.Post\) before answering`
		return err
	}
	return c.NoContent(http.StatusOK)
}

func (s *Server) echoQueued(c echo.Context) error {
	s.queue <- c.FormValue("order_id")
	return c.NoContent(http.StatusOK)
}
