// Package pending: return handlers that record that the buyer came back
// (pending state, analytics, cart cleared) without granting anything, and
// a "complete order" button that creates the checkout session.
package pending

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type Store struct{ db *sql.DB }

func (s *Store) UpdateOrderStatus(ctx context.Context, id, status string) error { return nil }
func (s *Store) ClearCart(ctx context.Context, user string) error               { return nil }

type Analytics struct{}

func (Analytics) Track(event string, props map[string]string) {}

var store Store
var analytics Analytics

func Register(r *gin.Engine) {
	r.GET("/checkout/success", func(c *gin.Context) {
		id := c.Query("order_id")
		_ = store.UpdateOrderStatus(c, id, "awaiting_payment_confirmation")
		_, _ = store.db.ExecContext(c, "UPDATE orders SET status = 'returned' WHERE id = $1", id)
		_ = store.ClearCart(c, c.GetHeader("X-User"))
		analytics.Track("checkout_returned", map[string]string{"order": id})
		c.HTML(http.StatusOK, "processing.html", nil)
	})
	r.POST("/checkout/complete-order", func(c *gin.Context) {
		s, err := session.New(&stripe.CheckoutSessionParams{
			SuccessURL: stripe.String("https://shop.example/checkout/success?session_id={CHECKOUT_SESSION_ID}"),
		})
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		c.Redirect(http.StatusSeeOther, s.URL)
	})
}
