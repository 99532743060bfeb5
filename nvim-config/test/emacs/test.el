;;; test.el --- batch end-to-end test of migration-lsp.el with Eglot  -*- lexical-binding: t; -*-

;; Run by test/emacs-run.sh:
;;   emacs --batch -Q -l test/emacs/test.el
;; Env: MLSP_PLUGIN_DIR (nvim-config), MLSP_PROJECT (temp copy of
;; examples/platform), MLSP_ALEMBIC (temp copy of examples/alembic), MLSP_RESULTS (PASS/FAIL lines are appended there),
;; MLSP_TEST_TIMEOUT (seconds), MIGRATION_LSP_JAR.

;;; Code:

(require 'cl-lib)
(require 'package)

;; Debian installs elpa-eglot under /usr/share/emacs/site-lisp/elpa. -Q drops
;; site-lisp from `load-path', so `package-directory-list' starts out empty:
;; name the directory. A temporary `package-user-dir' keeps the user's own
;; ELPA packages out.
(setq package-user-dir (make-temp-file "mlsp-elpa" t))
(when (file-directory-p "/usr/share/emacs/site-lisp/elpa")
  (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(unless (require 'eglot nil t)
  ;; Fallback: put Debian's unpacked package directories on the load-path
  ;; (Emacs 29+ has Eglot built in and never gets here).
  (dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
    (add-to-list 'load-path dir))
  (require 'eglot))

(defvar mlsp-plugin (getenv "MLSP_PLUGIN_DIR"))
(defvar mlsp-project (file-name-as-directory (getenv "MLSP_PROJECT")))
(defvar mlsp-alembic (file-name-as-directory (getenv "MLSP_ALEMBIC")))
(defvar mlsp-results (getenv "MLSP_RESULTS"))
(defvar mlsp-timeout (string-to-number (or (getenv "MLSP_TEST_TIMEOUT") "60")))
(defvar mlsp-passed 0)
(defvar mlsp-failed 0)
(defvar mlsp-t0 (float-time))

(add-to-list 'load-path (expand-file-name "emacs" mlsp-plugin))
(require 'migration-lsp)

;; What the test asserts on: settings reach the server.
(setq migration-lsp-settings
      '(:rules (:section-headers "off" :prefer-datetime2 "error")))

(setq eglot-sync-connect mlsp-timeout
      eglot-connect-timeout (* 2 mlsp-timeout))

(defun mlsp-out (line)
  (princ (concat line "\n") #'external-debugging-output)
  (write-region (concat line "\n") nil mlsp-results t 'silent))

(defun mlsp-check (name ok &optional detail)
  (if ok
      (progn (cl-incf mlsp-passed)
             (mlsp-out (format "PASS [emacs] %s (%.1fs)" name (- (float-time) mlsp-t0))))
    (cl-incf mlsp-failed)
    (mlsp-out (format "FAIL [emacs] %s (%.1fs)%s" name (- (float-time) mlsp-t0)
                      (if detail (format ": %s" detail) ""))))
  ok)

(defun mlsp-wait (pred seconds)
  "Process events until PRED is non-nil or SECONDS pass; return PRED's value."
  (let ((deadline (+ (float-time) seconds))
        value)
    (while (and (not (setq value (funcall pred)))
                (< (float-time) deadline))
      ;; Batch Emacs has no command loop: run what it would run between
      ;; commands (eglot-ensure's connect, flymake's deferred start).
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.1))
    value))

(defun mlsp-diags ()
  "Flymake diagnostics of the current buffer as (TEXT LINE TYPE)."
  (mapcar (lambda (d)
            (list (flymake-diagnostic-text d)
                  (line-number-at-pos (flymake-diagnostic-beg d))
                  (flymake-diagnostic-type d)))
          (flymake-diagnostics)))

(defun mlsp-diag (code)
  (cl-find-if (lambda (d) (string-match-p (regexp-quote (format "[%s]" code)) (car d)))
              (mlsp-diags)))

(defun mlsp-same-dir (a b)
  (and a b (string= (file-name-as-directory (file-truename a))
                    (file-name-as-directory (file-truename b)))))

(cl-defun mlsp-run ()
  ;; --- the package byte-compiles cleanly (on a copy: no .elc in the repo)
  (let* ((dir (make-temp-file "mlsp-bc" t))
         (copy (expand-file-name "migration-lsp.el" dir))
         (byte-compile-error-on-warn t)
         ok problem)
    (copy-file (expand-file-name "emacs/migration-lsp.el" mlsp-plugin) copy)
    (condition-case err
        (setq ok (byte-compile-file copy))
      (error (setq problem (error-message-string err))))
    (mlsp-check "migration-lsp.el byte-compiles without warnings" (and ok (not problem))
                (or problem
                    (and (get-buffer "*Compile-Log*")
                         (with-current-buffer "*Compile-Log*" (buffer-string)))))
    (delete-directory dir t))
  (let ((sql (expand-file-name "_migrations/2026_2_3_1.sql" mlsp-project)))
    ;; --- static: modes and root
    (mlsp-check "root of _migrations/2026_2_3_1.sql is the project"
                (mlsp-same-dir (migration-lsp-find-root (file-name-directory sql)) mlsp-project)
                (migration-lsp-find-root (file-name-directory sql)))
    (with-current-buffer (find-file-noselect (expand-file-name "app/role/constants.py" mlsp-project))
      (mlsp-check "app/role/constants.py opens in migration-lsp-python-mode"
                  (eq major-mode 'migration-lsp-python-mode) major-mode)
      (mlsp-check "eglot contact for constants.py is migration-lsp (language python)"
                  (let ((g (eglot--guess-contact)))
                    (and (eq (nth 2 g) 'migration-lsp-server)
                         (equal (nth 4 g) "python")
                         (member "-jar" (nth 3 g))
                         (member "-XX:+UseSerialGC" (nth 3 g))))
                  (format "%S" (eglot--guess-contact)))
      (kill-buffer))
    (with-current-buffer (find-file-noselect (expand-file-name "app/tenant/tables.py" mlsp-project))
      (mlsp-check "app/tenant/tables.py opens in migration-lsp-python-mode"
                  (eq major-mode 'migration-lsp-python-mode) major-mode)
      (kill-buffer))
    (let ((other (expand-file-name "app/other.py" mlsp-project)))
      (write-region "x = 1\n" nil other nil 'silent)
      (with-current-buffer (find-file-noselect other)
        (mlsp-check "other python files stay in plain python-mode"
                    (eq major-mode 'python-mode) major-mode)
        (kill-buffer))
      (delete-file other))
    (with-current-buffer (find-file-noselect (expand-file-name "alembic/env.py" mlsp-alembic))
      (mlsp-check "alembic/env.py stays in plain python-mode" (eq major-mode 'python-mode) major-mode)
      (kill-buffer))

    ;; --- connect
    (find-file sql)
    (mlsp-check "2026_2_3_1.sql opens in sql-mode" (eq major-mode 'sql-mode) major-mode)
    (eglot-ensure)
    (let ((server (mlsp-wait (lambda () (eglot-current-server)) mlsp-timeout)))
      (unless (mlsp-check "eglot-ensure connected to migration-lsp"
                          (cl-typep server 'migration-lsp-server)
                          (format "%S" server))
        (cl-return-from mlsp-run))
      (mlsp-check "eglot project root is the project"
                  (mlsp-same-dir (project-root (eglot--project server)) mlsp-project)
                  (project-root (eglot--project server))))

    ;; --- diagnostics
    (let ((d (mlsp-wait (lambda () (mlsp-diag "no-float")) mlsp-timeout)))
      (mlsp-check "flymake shows a no-float diagnostic" d (format "%S" (mlsp-diags)))
      (when d
        (mlsp-check "no-float diagnostic: line 5, text \"migration-lsp [no-float]: ...\""
                    (and (= (nth 1 d) 5)
                         (string-prefix-p "migration-lsp [no-float]" (car d)))
                    (format "%S" d))))
    (mlsp-check "settings applied (section-headers off, prefer-datetime2 = error)"
                (mlsp-wait (lambda ()
                             (let ((p (mlsp-diag "prefer-datetime2")))
                               (and p (eq (nth 2 p) 'eglot-error)
                                    (not (mlsp-diag "section-headers")))))
                           15)
                (format "%S" (mlsp-diags)))

    ;; --- completion: role names inside NAME = '|'
    (save-excursion
      (goto-char (point-max))
      (let ((start (point)))
        (insert "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '")
        ;; Flush didChange (Eglot sends it from an idle timer, which batch
        ;; Emacs never runs) by saving, as a user would.
        (save-buffer)
        (let* ((labels nil)
               (found
                (mlsp-wait
                 (lambda ()
                   (let ((capf (eglot-completion-at-point)))
                     (setq labels (and capf (all-completions "" (nth 2 capf))))
                     (member "Super Admin" labels)))
                 mlsp-timeout)))
          (mlsp-check "completion-at-point in NAME = '|' offers \"Super Admin\""
                      found (format "%S" labels)))
        (delete-region start (point-max))
        (save-buffer)))

    ;; --- quick fix: what M-x eglot-code-actions does on the FLOAT
    (let ((fd (cl-find-if (lambda (d) (string-match-p "\\[no-float\\]" (flymake-diagnostic-text d)))
                          (flymake-diagnostics))))
      (when (mlsp-check "no-float diagnostic available for code action" fd (format "%S" (mlsp-diags)))
        (let ((titles (mapcar (lambda (a) (plist-get a :title))
                              (eglot-code-actions (flymake-diagnostic-beg fd) (flymake-diagnostic-end fd)
                                                  "quickfix"))))
          (mlsp-check "quickfix \"... DECIMAL(18,4)\" offered for no-float"
                      (cl-some (lambda (tt) (and tt (string-match-p (regexp-quote "DECIMAL(18,4)") tt))) titles)
                      (format "%S" titles))
          ;; M-x eglot-code-actions on the FLOAT, then RET: Eglot offers the
          ;; quickfixes with the server's preferred one as the default.
          ;; Batch Emacs can't read a key, so RET is simulated by a
          ;; `completing-read-function' that returns the default.
          (let* ((default nil)
                 (last-nonmenu-event ?\r)      ; keyboard, not a mouse menu
                 (completing-read-function
                  (lambda (_prompt _collection _pred _req _init _hist def &rest _)
                    (setq default def))))
            (eglot-code-actions (flymake-diagnostic-beg fd) (flymake-diagnostic-end fd) "quickfix" t)
            ;; Several quickfixes: a menu whose default is the preferred one;
            ;; a single one: applied without a menu.
            (mlsp-check "Eglot's choice (menu default or only action) is the DECIMAL(18,4) fix"
                        (string-match-p (regexp-quote "DECIMAL(18,4)")
                                        (or default (and (= (length titles) 1) (car titles)) ""))
                        (format "default %S, actions %S" default titles)))
          (let ((line5 (save-excursion
                         (goto-char (point-min)) (forward-line 4)
                         (buffer-substring-no-properties (line-beginning-position) (line-end-position)))))
            (mlsp-check "line 5 reads \"    AMOUNT DECIMAL(18,4) NULL,\""
                        (equal line5 "    AMOUNT DECIMAL(18,4) NULL,") (format "%S" line5)))
          ;; Eglot sends didChange from an idle timer, which batch Emacs
          ;; never runs; saving (a user action) flushes it with didSave.
          (save-buffer)
          (mlsp-check "no-float diagnostic gone after the fix and save"
                      (mlsp-wait (lambda () (not (mlsp-diag "no-float"))) mlsp-timeout)
                      (format "%S" (mlsp-diags))))))

    ;; --- an Alembic revision: its own project, a diagnostic on the right line
    (find-file (expand-file-name "alembic/versions/1b2c3d4e5f6a_add_manager_and_cost_center.py" mlsp-alembic))
    (mlsp-check "an Alembic revision opens in migration-lsp-python-mode"
                (eq major-mode 'migration-lsp-python-mode) major-mode)
    (eglot-ensure)
    (let ((server (mlsp-wait (lambda () (eglot-current-server)) mlsp-timeout)))
      (mlsp-check "the revision's eglot root is the folder of alembic.ini"
                  (and server (mlsp-same-dir (project-root (eglot--project server)) mlsp-alembic))
                  (and server (project-root (eglot--project server)))))
    (let ((d (mlsp-wait (lambda () (mlsp-diag "not-null-server-default")) mlsp-timeout)))
      (mlsp-check "the revision shows not-null-server-default on line 23" (and d (= (nth 1 d) 23))
                  (format "%S" (mlsp-diags))))
    (find-file sql)

    ;; --- new migration (executeCommand + window/showDocument)
    (let ((before (directory-files (expand-file-name "_migrations" mlsp-project) t "\\.sql\\'"))
          new)
      (migration-lsp-new-migration)
      (setq new (mlsp-wait
                 (lambda ()
                   (let* ((buf (window-buffer (selected-window)))
                          (file (buffer-file-name buf)))
                     (and file (string-suffix-p ".sql" file)
                          (not (member file before))
                          (file-exists-p file)
                          file)))
                 mlsp-timeout))
      (mlsp-check "migration-lsp-new-migration creates the next migration and shows it"
                  new (format "selected window shows %S" (window-buffer (selected-window))))
      (when new
        (mlsp-check "new migration is in _migrations/"
                    (mlsp-same-dir (file-name-directory new)
                                   (expand-file-name "_migrations" mlsp-project))
                    new)))))

(condition-case err
    (mlsp-run)
  (error (mlsp-check "test raised no error" nil (format "%S" err))))

(ignore-errors
  (dolist (s (apply #'append (hash-table-values eglot--servers-by-project)))
    (eglot-shutdown s nil 10)))

(write-region (format "COUNTS %d %d\n" mlsp-passed mlsp-failed) nil mlsp-results t 'silent)
(kill-emacs (if (> mlsp-failed 0) 1 0))
;;; test.el ends here
