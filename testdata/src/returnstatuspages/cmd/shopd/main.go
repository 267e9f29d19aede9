// Command shopd wires the pages to their stores.
package main

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/kataras/iris/v12"
	"gorm.io/gorm"

	"returnstatuspages/bookings"
	"returnstatuspages/codes"
	"returnstatuspages/flow"
	"returnstatuspages/giftshop"
	"returnstatuspages/refills"
)

type shipments struct{ db *sql.DB }

// ShipRefill queues the refill box for packing.
func (s *shipments) ShipRefill(ctx context.Context, subscriptionID string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO shipments (subscription_id, status) VALUES ($1, 'ready_to_pack')`, subscriptionID)
	return err
}

func main() {
	var db *sql.DB
	var gdb *gorm.DB

	r := gin.Default()
	refills.New(db, &shipments{db: db}).Register(r)

	app := iris.New()
	gifts := codes.NewGifts(gdb)
	giftshop.New(gifts, gifts, codes.NewVisits(gdb)).Mount(app) // want "order fulfilled by the success-redirect handler giftshop.Pages.Finish \\(/gifts/\\{id\\}/finish\\), which calls giftshop.GiftCodes.Generate \\(gifts.go:[0-9]+\\) without reading the payment's status from the provider; bound here, giftshop.GiftCodes.Generate is codes.Gifts.Generate: gift status \"issued\" stored and a fresh code handed back"
	giftshop.NewInvoicePages(codes.NewInvoices(gdb)).Mount(app)

	mux := chi.NewRouter()
	bookings.New(flow.New(codes.NewBookings(gdb), slog.Default())).Mount(mux)
	_ = http.ListenAndServe(":8080", mux)
}
