// Package successpage: success pages that only render, or read the order
// the webhook already updated from the merchant's own database.
package successpage

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type Order struct {
	ID     string
	Status string
	Total  int64
}

type Store struct{ db *sql.DB }

func (s *Store) OrderBySession(ctx context.Context, sessionID string) (*Order, error) {
	row := s.db.QueryRowContext(ctx, "SELECT id, status, total FROM orders WHERE checkout_session_id = $1", sessionID)
	var o Order
	if err := row.Scan(&o.ID, &o.Status, &o.Total); err != nil {
		return nil, err
	}
	return &o, nil
}

// FulfillOrder is called only by the webhook worker.
func (s *Store) FulfillOrder(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'fulfilled' WHERE id = $1", id)
	return err
}

var tmpl = template.Must(template.New("x").Parse(`{{.}}`))

type Server struct {
	store *Store
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", s.handleSuccess)
	mux.HandleFunc("GET /checkout/thank-you", func(w http.ResponseWriter, r *http.Request) {
		_ = tmpl.ExecuteTemplate(w, "thanks.html", nil)
	})
	mux.HandleFunc("GET /orders/{id}/complete", s.orderComplete)
}

func (s *Server) handleSuccess(w http.ResponseWriter, r *http.Request) {
	o, err := s.store.OrderBySession(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "order not found", http.StatusNotFound)
		return
	}
	if o.Status == "paid" {
		_ = tmpl.ExecuteTemplate(w, "paid.html", o)
		return
	}
	_ = tmpl.ExecuteTemplate(w, "pending.html", o)
}

func (s *Server) orderComplete(w http.ResponseWriter, r *http.Request) {
	o, err := s.store.OrderBySession(r.Context(), r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_ = tmpl.Execute(w, o)
}

// A gin success page that fetches the session only to show the receipt.
func Register(r *gin.Engine, store *Store) {
	r.GET("/payment/success", func(c *gin.Context) {
		sess, err := session.Get(c.Query("session_id"), nil)
		if err != nil {
			c.HTML(http.StatusOK, "pending.html", nil)
			return
		}
		c.HTML(http.StatusOK, "receipt.html", gin.H{"email": sess.ClientReferenceID, "status": sess.PaymentStatus})
	})
	r.GET("/checkout/return", func(c *gin.Context) {
		status := c.Query("redirect_status")
		c.HTML(http.StatusOK, "return.html", gin.H{"status": status, "order": c.Query("order_id")})
	})
}
