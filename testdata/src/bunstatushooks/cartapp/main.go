// Command cartapp binds the bun order store to the pay-later hooks and
// mounts them with no middleware: the decision hook hands the store the
// paid state, which its SetStatus writes to the order's status column
// through bun's Set("status = ?", string(st)) (reported at the route);
// the note hook stores a note and the audit hook writes an audit log's
// status, neither of them the order's paid state (silent).
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"bunstatushooks/cartstore"
	"bunstatushooks/lateraudit"
	"bunstatushooks/laterhooks"
	"bunstatushooks/laternotes"
)

func main() {
	orders := cartstore.NewOrders(bun.NewDB(&sql.DB{}, pgdialect.New()))
	r := gin.New()
	hooks := r.Group("/hooks/paylater")
	hooks.POST("/decisions", (&laterhooks.Notifications{Orders: orders}).Handle) // want `payment webhook handler Notifications.Handle \(package bunstatushooks/laterhooks\) mounted on POST /hooks/paylater/decisions verifies no signature, and no middleware on this route does: it acts on the payment through laterhooks.StatusWriter.SetStatus \(notify.go:37\), which cartstore.Orders.SetStatus, bound here, performs \(stores status "paid" through cartstore.Orders.SetStatus\)`
	hooks.POST("/notes", (&laternotes.Notifications{Orders: orders}).Handle)
	hooks.POST("/audit", (&lateraudit.Notifications{Orders: orders}).Handle)
	_ = r.Run(os.Getenv("ADDR"))
}
