package squaremux

import (
	"net/http"

	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/square/square-go-sdk/client"
)

func NewRouter(sq *client.Client, pool *pgxpool.Pool, ship *ShippingClient, sigKey, baseURL string) *mux.Router {
	h := &Hooks{sq: sq, pool: pool, shipping: ship, sigKey: sigKey, url: baseURL + "/square/webhooks"}
	r := mux.NewRouter()
	s := r.PathPrefix("/square/webhooks").Subrouter()
	s.HandleFunc("/payment", h.PaymentUpdated).Methods(http.MethodPost)
	s.HandleFunc("/payment-async", h.PaymentUpdatedFlushed).Methods(http.MethodPost)
	s.HandleFunc("/fulfilment", h.Fulfilment).Methods(http.MethodPost)
	s.HandleFunc("/order", h.OrderCanceled).Methods(http.MethodPost)
	return r
}
