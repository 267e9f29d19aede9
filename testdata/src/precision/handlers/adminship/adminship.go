// Package adminship: admin endpoints that mark orders shipped or paid
// (a bank transfer reconciled by staff), behind authentication.
package adminship

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

type OrderService struct{}

func (OrderService) MarkShipped(ctx context.Context, id, tracking string) error { return nil }
func (OrderService) MarkOrderPaid(ctx context.Context, id string) error         { return nil }
func (OrderService) ShipOrder(ctx context.Context, id string) error             { return nil }

var orders OrderService

func requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Admin-Token") == "" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Mount(r chi.Router) {
	r.Route("/admin", func(r chi.Router) {
		r.Use(requireAdmin)
		r.Post("/orders/{id}/ship", shipOrder)
		r.Post("/orders/{id}/mark-paid", markPaid)
		r.HandleFunc("/orders/status", updateStatus)
	})
}

func shipOrder(w http.ResponseWriter, r *http.Request) {
	if err := orders.MarkShipped(r.Context(), chi.URLParam(r, "id"), r.FormValue("tracking")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func markPaid(w http.ResponseWriter, r *http.Request) {
	_ = orders.MarkOrderPaid(r.Context(), chi.URLParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

// updateStatus is a form post from the back office.
func updateStatus(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	id := r.FormValue("order_id")
	switch r.FormValue("status") {
	case "shipped":
		_ = orders.MarkShipped(r.Context(), id, r.FormValue("tracking"))
	case "paid":
		_ = orders.MarkOrderPaid(r.Context(), id)
	}
	http.Redirect(w, r, "/admin/orders", http.StatusSeeOther)
}

func GinAdmin(r *gin.Engine, auth gin.HandlerFunc) {
	g := r.Group("/admin", auth)
	g.PUT("/orders/:id/ship", func(c *gin.Context) {
		_ = orders.ShipOrder(c, c.Param("id"))
		c.Status(http.StatusNoContent)
	})
	g.POST("/orders/complete", func(c *gin.Context) {
		_ = orders.MarkOrderPaid(c, c.PostForm("order_id"))
		c.Status(http.StatusNoContent)
	})
}
