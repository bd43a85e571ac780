package org.boardpack.html;

import java.util.Locale;

import org.boardpack.pack.view.PackView;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The pack view laid out as one self-contained HTML page (inline CSS and SVG, no scripts, no external requests) by
 * the template {@code org/boardpack/html/pack.html}. The same page is the HTML edition and the source of the
 * accessible PDF. The template is written as well-formed XHTML so the PDF renderer can parse it as XML.
 */
public final class HtmlEdition {

    private static final TemplateEngine ENGINE = engine();

    private HtmlEdition() {
    }

    public static String render(PackView pack) {
        Context context = new Context(Locale.UK);
        context.setVariable("pack", pack);
        context.setVariable("page", new HtmlPage(pack));
        return ENGINE.process("pack", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlEdition.class.getClassLoader());
        resolver.setPrefix("org/boardpack/html/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
