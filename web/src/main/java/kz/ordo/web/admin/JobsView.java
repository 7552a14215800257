package kz.ordo.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.batch.JobService;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.util.List;

/** The batch jobs for administrators: start now, restart a failed run, the recent runs with their counts. */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    Texts texts;

    private List<JobService.Run> runs;

    public List<String> getJobs() {
        return JobService.JOBS;
    }

    public List<JobService.Run> getRuns() {
        if (runs == null) {
            runs = jobs.recent(10);
        }
        return runs;
    }

    public void start(String job) {
        try {
            texts.info("jobs.started", job, jobs.start(job, null));
        } catch (BusinessException e) {
            texts.error(e);
        }
        runs = null;
    }

    public void restart(long executionId) {
        try {
            texts.info("jobs.started", "#" + executionId, jobs.restart(executionId));
        } catch (BusinessException e) {
            texts.error(e);
        }
        runs = null;
    }

    public List<Object[]> getReports() {
        return jobs.reports(60);
    }

    public org.primefaces.model.StreamedContent download(Object id) {
        Object[] file = jobs.report(((Number) id).longValue());
        byte[] content = (byte[]) file[1];
        return org.primefaces.model.DefaultStreamedContent.builder().name((String) file[0])
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new java.io.ByteArrayInputStream(content)).build();
    }

    public void refresh() {
        runs = null;
    }
}
