// Package static is a stub of github.com/gin-contrib/static (v1.1.6):
// middleware serving files, with its real signatures.
package static

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// ServeFileSystem is a file system the middleware serves (serve.go).
type ServeFileSystem interface {
	http.FileSystem
	Exists(prefix string, path string) bool
}

type localFileSystem struct {
	http.FileSystem
}

func (l *localFileSystem) Exists(prefix string, filepath string) bool { panic("stub") }

// LocalFile serves the files under root (local_file.go).
func LocalFile(root string, indexes bool) *localFileSystem { panic("stub") }

// ServeRoot serves root under urlPrefix (serve.go).
func ServeRoot(urlPrefix, root string) gin.HandlerFunc { panic("stub") }

// Serve serves fs under urlPrefix and passes other paths on (serve.go).
func Serve(urlPrefix string, fs ServeFileSystem) gin.HandlerFunc { panic("stub") }
