// Command billingd wires the invoice callbacks.
package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"x19cbtoken/cbauth"
	"x19cbtoken/invoices"
)

type topup struct {
	Reference string `json:"reference"`
}

func creditTopup(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var t topup
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		db.Exec(`UPDATE topups SET status = 'paid' WHERE reference = $1`, t.Reference)
		w.WriteHeader(http.StatusOK)
	}
}

func markOrderPaid(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, c.Query("order_id"))
		c.Status(http.StatusOK)
	}
}

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	secret := os.Getenv("CALLBACK_TOKEN")

	e := echo.New()
	guard := cbauth.NewGuard(secret)
	routes := invoices.Routes{
		Echo:      e,
		Callbacks: guard.Callback, // want `payment callback middleware Guard.Callback checks X-Callback-Token only when the request sends it \(fails open\)`
		Hooks:     &invoices.Hooks{DB: db},
	}
	routes.Mount()
	strict := invoices.Routes{Echo: e, Callbacks: guard.Required, Hooks: &invoices.Hooks{DB: db}}
	strict.Mount()

	r := chi.NewRouter()
	r.With(cbauth.WebhookToken(secret)).Post("/webhooks/topup", creditTopup(db)) // want `payment callback middleware cbauth.WebhookToken checks X-Webhook-Token only when the request sends it`
	r.With(cbauth.Strict(secret)).Post("/webhooks/topup-strict", creditTopup(db))

	g := gin.New()
	notify := g.Group("/notify", cbauth.NotifyToken(secret)) // want `payment callback middleware cbauth.NotifyToken checks X-Notification-Token only when`
	notify.POST("/order", markOrderPaid(db))
	g.POST("/notify/order-fallback", cbauth.Fallback(secret), markOrderPaid(db))
	g.POST("/partner/order", cbauth.APIKey(secret), markOrderPaid(db))
	g.POST("/ci/hook", cbauth.GitlabHook(secret), markOrderPaid(db))

	go http.ListenAndServe(":8081", r)
	go g.Run(":8082")
	e.Start(":8080")
}
