package it.ccse.anagrafica.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A paged table's rows asked of a service a page at a time (the lists' filters live in the bean,
 * not in the table), keyed by a public id: one lazy model instead of a copy per page.
 */
public final class PagedRows {

  /** How many rows the filter finds now. */
  public interface Count extends Serializable {
    long count();
  }

  /** The rows from {@code first}, at most {@code size}. */
  public interface Page<T> extends Serializable {
    List<T> load(int first, int size);
  }

  /** The row's public id, which selection and ajax refer to. */
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private PagedRows() {}

  public static <T> LazyDataModel<T> of(Count count, Page<T> page, Key<T> key) {
    return new LazyDataModel<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
      }

      @Override
      public List<T> load(
          int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
      }

      @Override
      public String getRowKey(T row) {
        return key.of(row);
      }
    };
  }
}
