// Command solarapp mounts the Flutterwave hook in gin groups: behind the
// group middleware of package flwguard that compares verif-hash with the
// secret and aborts, it is verified (silent); behind one that only logs a
// wrong hash, or only tags the request, it is not (reported).
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"groupsecrethooks/flwguard"
	"groupsecrethooks/installhooks"
)

func main() {
	h := &installhooks.InstallmentHooks{DB: &sql.DB{}}
	g := gin.New()
	signed := g.Group("/hooks/flw", flwguard.RequireHash(os.Getenv("FLW_SECRET_HASH")))
	signed.POST("/events", h.ChargeCompleted)
	warned := g.Group("/hooks/flw-v2", flwguard.WarnHash(os.Getenv("FLW_SECRET_HASH")))
	warned.POST("/events", h.ChargeCompleted) // want `payment webhook handler h.ChargeCompleted \(package groupsecrethooks/installhooks\) mounted on POST /hooks/flw-v2/events verifies no signature`
	tagged := g.Group("/hooks/flw-v3", flwguard.RequestID())
	tagged.POST("/events", h.ChargeCompleted) // want `payment webhook handler h.ChargeCompleted \(package groupsecrethooks/installhooks\) mounted on POST /hooks/flw-v3/events verifies no signature`
	_ = g.Run(os.Getenv("ADDR"))
}
