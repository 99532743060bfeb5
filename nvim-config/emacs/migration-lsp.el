;;; migration-lsp.el --- Eglot client for migration-lsp  -*- lexical-binding: t; -*-

;; Keywords: languages, sql, tools
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))

;;; Commentary:

;; Registers migration-lsp (a Java language server that checks SQL database
;; migrations against a team's conventions) with Eglot:
;;
;;   (add-to-list 'load-path "/path/to/nvim-config/emacs")
;;   (require 'migration-lsp)
;;   (add-hook 'sql-mode-hook #'eglot-ensure)
;;   (add-hook 'migration-lsp-python-mode-hook #'eglot-ensure)
;;
;; Managed buffers:
;; - `sql-mode' buffers;
;; - the two Python files the server reads (app/tenant/tables.py and
;;   app/role/constants.py) and Alembic revisions (the .py files of the
;;   versions folder that the `script_location' of an `alembic.ini' above
;;   names), which open in `migration-lsp-python-mode', a mode derived from
;;   `python-mode', so other Python files keep whatever server you use for
;;   them.
;;
;; Project root: the nearest directory above the file that holds
;; `.migration-lsp.json', else one holding `_migrations/', else one holding
;; `alembic.ini', else what project.el finds (e.g. the VCS root, `.git').
;;
;; The server's `workspace/configuration' request for section `migrationLsp'
;; is answered from `migration-lsp-settings' (a directory-local
;; `eglot-workspace-configuration' entry `:migrationLsp' wins); the same
;; settings go to `initializationOptions.settings'.
;;
;; M-x migration-lsp-new-migration asks the server to create the next
;; migration; the server opens it through `window/showDocument', which this
;; file implements for Eglot versions that lack it.

;;; Code:

(require 'cl-lib)
(require 'subr-x)
(require 'eglot)
(require 'python)
(require 'sql)

(defgroup migration-lsp nil
  "Eglot client for migration-lsp."
  :group 'eglot
  :prefix "migration-lsp-")

(defconst migration-lsp--directory
  (file-name-directory (or load-file-name buffer-file-name default-directory))
  "Directory this file was loaded from.")

(defcustom migration-lsp-java
  (or (getenv "MIGRATION_LSP_JAVA") "java")
  "Java executable (Java 17 or later) used to run the server."
  :type 'string)

(defcustom migration-lsp-jar nil
  "Path of migration-lsp.jar.
When nil, use $MIGRATION_LSP_JAR, else ../../server/target/migration-lsp.jar
relative to this file (the build output of the migration-lsp repository)."
  :type '(choice (const :tag "Automatic" nil) file))

(defcustom migration-lsp-java-args nil
  "Extra JVM arguments placed before -jar, e.g. (\"-Xmx512m\").
They come after `migration-lsp-default-java-args', so they win."
  :type '(repeat string))

(defcustom migration-lsp-settings nil
  "Settings sent to the server, a plist.
Same shape as the `migrationLsp' settings section, for example
  (:profile \"strict\" :rules (:no-float \"error\" :section-headers \"off\"))
Rule severities: \"error\", \"warning\", \"information\", \"hint\", \"off\"."
  :type 'plist)

(defcustom migration-lsp-root-markers '(".migration-lsp.json" "_migrations" "alembic.ini")
  "Files or directories marking a migration-lsp project root, by priority.
When none is found, project.el decides (usually the VCS root)."
  :type '(repeat string))

(defcustom migration-lsp-python-files
  '("app/tenant/tables.py" "app/role/constants.py")
  "Python files (path suffixes) that migration-lsp understands."
  :type '(repeat string))

(defun migration-lsp-jar ()
  "Return the server jar to run."
  (expand-file-name
   (or migration-lsp-jar
       (let ((env (getenv "MIGRATION_LSP_JAR")))
         (and env (not (string-empty-p env)) env))
       (expand-file-name "../../server/target/migration-lsp.jar"
                         migration-lsp--directory))))

(defun migration-lsp-default-java-args (jar)
  "The JVM flags every launcher starts the server JAR with.
The same as in server/bin/migration-lsp, which says what each is for: a
heap cap with the serial collector, the C1 compiler alone, JVM warnings
kept off stdout, and the class-data sharing archive mvn package builds
next to the jar, if there."
  (let ((archive (concat (file-name-sans-extension jar) ".jsa")))
    (append '("-Xmx160m" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1" "-Xlog:disable" "-Xlog:all=warning:stderr")
            (and (file-exists-p archive)
                 (list "-Xshare:auto" (concat "-XX:SharedArchiveFile=" archive))))))

(defun migration-lsp-command ()
  "Return the command line that starts the server."
  (let ((jar (migration-lsp-jar)))
    `(,migration-lsp-java ,@(migration-lsp-default-java-args jar) ,@migration-lsp-java-args "-jar" ,jar)))

;;;; Modes

;;;###autoload
(define-derived-mode migration-lsp-python-mode python-mode "Python/mlsp"
  "`python-mode' for the Python files migration-lsp reads.
Lets Eglot start migration-lsp for them without claiming every Python file.")

(defun migration-lsp--python-file-regexp (suffix)
  "Regexp for `auto-mode-alist' matching file names ending in SUFFIX."
  (concat "\\(?:\\`\\|/\\)" (regexp-quote suffix) "\\'"))

(dolist (suffix migration-lsp-python-files)
  (add-to-list 'auto-mode-alist
               (cons (migration-lsp--python-file-regexp suffix)
                     'migration-lsp-python-mode)))

;;;; Alembic revisions

(defun migration-lsp--alembic-versions-dir (dir)
  "The versions folder of the Alembic project whose alembic.ini is in DIR.
<DIR>/<script_location>/versions, `script_location' read from the
[alembic] section (\"%(here)s/\" dropped; \"alembic\" when absent or
leading outside), as the server reads it."
  (let ((ini (expand-file-name "alembic.ini" dir))
        (location nil))
    (when (file-readable-p ini)
      (with-temp-buffer
        (insert-file-contents ini)
        (let ((in-section nil))
          (dolist (line (split-string (buffer-string) "\n"))
            (let ((l (string-trim line)))
              (cond ((string-prefix-p "[" l) (setq in-section (string= l "[alembic]")))
                    ((and in-section (not location)
                          (string-match "\\`script_location[ \t]*[=:][ \t]*\\(.*\\)\\'" l))
                     (setq location (string-trim (match-string 1 l))))))))))
    (setq location (replace-regexp-in-string
                    "/+\\'" "" (replace-regexp-in-string
                                 "\\\\" "/" (replace-regexp-in-string
                                                "%(here)s/" "" (or location "alembic") t t))))
    (when (or (string-empty-p location) (string-match-p "\\.\\.\\|\\`/\\|[:%]" location))
      (setq location "alembic"))
    (expand-file-name (concat location "/versions") dir)))

(defun migration-lsp-alembic-revision-p (file)
  "Non-nil when FILE is an Alembic revision.
That is a .py file directly in the versions folder of the Alembic project
whose alembic.ini is above it."
  (let* ((file (expand-file-name file))
         (name (file-name-nondirectory file))
         (ini-dir (and (string-suffix-p ".py" name) (not (string-prefix-p "__" name))
                       (locate-dominating-file file "alembic.ini"))))
    (and ini-dir
         (string= (directory-file-name (file-name-directory file))
                  (directory-file-name (migration-lsp--alembic-versions-dir ini-dir))))))

(defconst migration-lsp--revision-entry
  (cons "/versions/[^/]+\\.py\\'" 'migration-lsp--python-or-revision-mode)
  "The `auto-mode-alist' entry that sends Alembic revisions to migration-lsp.")

(defun migration-lsp--python-or-revision-mode ()
  "`migration-lsp-python-mode' for an Alembic revision.
Any other file of a versions folder gets the mode `auto-mode-alist' would
give it without this entry (`python-mode' unless configured otherwise)."
  (if (and buffer-file-name (migration-lsp-alembic-revision-p buffer-file-name))
      (migration-lsp-python-mode)
    (let ((mode (assoc-default buffer-file-name
                               (remove migration-lsp--revision-entry auto-mode-alist)
                               #'string-match)))
      (funcall (if (functionp mode) mode #'python-mode)))))

(add-to-list 'auto-mode-alist migration-lsp--revision-entry)

;;;; Project root

(defun migration-lsp-find-root (dir)
  "Return the migration-lsp project root for DIR, or nil.
Markers in `migration-lsp-root-markers' are tried in order; the first
found in DIR or above wins."
  (cl-some (lambda (marker)
             (let ((found (locate-dominating-file dir marker)))
               (and found (file-name-as-directory (expand-file-name found)))))
           migration-lsp-root-markers))

(defun migration-lsp--project-find (dir)
  "Project backend for `project-find-functions'.
Only answers while Eglot looks for the root of a migration-lsp buffer,
so other tools keep their usual project roots."
  (when (and (bound-and-true-p eglot-lsp-context)
             (derived-mode-p 'sql-mode 'migration-lsp-python-mode))
    (let ((root (migration-lsp-find-root dir)))
      (and root (cons 'transient root)))))

(add-hook 'project-find-functions #'migration-lsp--project-find)

;;;; Eglot server class

(defclass migration-lsp-server (eglot-lsp-server) ()
  :documentation "Eglot connection to migration-lsp.")

(defun migration-lsp--settings-object (plist)
  "PLIST as a JSON object (an empty one rather than null)."
  (or plist (make-hash-table)))

(defun migration-lsp--contact (&optional _interactive)
  "Contact for `eglot-server-programs'."
  (cons 'migration-lsp-server (migration-lsp-command)))

(cl-defmethod eglot-initialization-options ((_server migration-lsp-server))
  "Send `migration-lsp-settings' as initializationOptions.settings."
  (list :settings (migration-lsp--settings-object migration-lsp-settings)))

(cl-defmethod eglot-client-capabilities ((_server migration-lsp-server))
  "Eglot's capabilities plus window/showDocument."
  (let* ((caps (cl-call-next-method))
         (window (plist-get caps :window)))
    (plist-put caps :window (plist-put window :showDocument '(:support t)))))

(cl-defmethod eglot-handle-request
  ((server migration-lsp-server) (method (eql workspace/configuration))
   &rest args &key items &allow-other-keys)
  "Answer section `migrationLsp' from `migration-lsp-settings'.
A value from `eglot-workspace-configuration' (dir-locals) takes precedence."
  (let ((from-eglot (apply #'cl-call-next-method server method args)))
    (apply #'vector
           (cl-loop for item across items
                    for value across from-eglot
                    collect (if (and (null value)
                                     (equal (plist-get item :section) "migrationLsp"))
                                (migration-lsp--settings-object migration-lsp-settings)
                              value)))))

(cl-defmethod eglot-handle-request
  ((_server migration-lsp-server) (_method (eql window/showDocument))
   &key uri external takeFocus selection &allow-other-keys)
  "Open the document the server asks for (e.g. a new migration)."
  (if (eq external t)
      (progn (browse-url uri) (list :success t))
    (let* ((file (eglot--uri-to-path uri))
           (buffer (find-file-noselect file)))
      (if (or (eq takeFocus t) (null takeFocus))
          (switch-to-buffer buffer)
        (display-buffer buffer))
      (when selection
        (with-current-buffer buffer
          (goto-char (car (eglot--range-region selection)))))
      (list :success t))))

;;;; Commands

(defun migration-lsp--server ()
  "The migration-lsp server of the current buffer, or any running one."
  (or (let ((s (eglot-current-server)))
        (and (cl-typep s 'migration-lsp-server) s))
      (cl-find-if (lambda (s) (cl-typep s 'migration-lsp-server))
                  (apply #'append (hash-table-values eglot--servers-by-project)))
      (user-error "No migration-lsp server is running; open a migration first")))

;;;###autoload
(defun migration-lsp-new-migration ()
  "Ask migration-lsp to create the next migration file.
The server then opens it via window/showDocument."
  (interactive)
  (jsonrpc-async-request
   (migration-lsp--server) :workspace/executeCommand
   '(:command "migration-lsp.newMigration")
   :success-fn #'ignore
   :error-fn (lambda (err)
               (message "[migration-lsp] newMigration failed: %s"
                        (plist-get err :message)))))

;;;; Registration

(add-to-list 'eglot-server-programs
             `(((sql-mode :language-id "sql")
                (migration-lsp-python-mode :language-id "python"))
               . migration-lsp--contact))

(provide 'migration-lsp)
;;; migration-lsp.el ends here
