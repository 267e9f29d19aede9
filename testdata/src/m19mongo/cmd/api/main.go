// Command api routes the notifications with chi.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"go.mongodb.org/mongo-driver/mongo"

	"m19mongo/hooks"
	"m19mongo/orders"
)

func main() {
	var db *mongo.Database
	n := &hooks.Notifications{Orders: orders.NewService(orders.NewRepo(db), orders.NewTrail(db))}
	r := chi.NewRouter()
	r.Post("/payments/notification", n.Notification)
	r.Post("/payments/notification-signed", n.NotificationSigned)
	r.Post("/payments/notification-log", n.NotificationLog)
	_ = http.ListenAndServe(":8080", r)
}
